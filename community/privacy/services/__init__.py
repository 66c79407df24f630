"""Writes for privacy, one module per concept: exports (asking for one), leavers, retention."""
