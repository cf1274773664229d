"""Readers that turn an extract into checked, typed canonical tables."""

from .check import CheckedExtract, check_extract
from .folder import ExtractError, ExtractInfo, read_extract
from .issues import Issue

__all__ = ["CheckedExtract", "ExtractError", "ExtractInfo", "Issue", "check_extract", "read_extract"]
