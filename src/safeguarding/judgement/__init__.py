"""Judging performance: telling signal from noise in the monthly indicator series."""
