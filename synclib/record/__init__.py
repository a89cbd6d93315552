"""Searches for record witnesses (graphs with a stable non-sync equilibrium and large minimum degree):
blow-ups of pattern graphs (``blowup``), the large-cluster limit problem (``fractional``), weighted
circulants (``weighted``) and the resumable pattern search (``search``)."""
