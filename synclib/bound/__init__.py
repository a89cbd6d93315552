"""The verdict for any graph (``verdict.analyze_graph``: theorem, certified twisted states, or a
certified numerical witness) and the numerical witness search (``witness.find_witness``)."""
