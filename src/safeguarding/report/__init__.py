"""The report pack: compute -> a format-neutral tree (tree.py) -> HTML, PDF, XLSX and DOCX."""
