"""Readers and writers of the input formats (one module each) and the manifest that ties them together.

Orientation on reading is always cells x frames; see each module for the file's own orientation
(NWB time x ROIs, all others cells x frames).
"""

from engram.io.manifest import FORMATS, Manifest, ManifestRow, load_dataset, load_mouse, read_labels, read_manifest

__all__ = ["FORMATS", "Manifest", "ManifestRow", "load_dataset", "load_mouse", "read_labels", "read_manifest"]
