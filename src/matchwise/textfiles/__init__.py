"""Reading the files people bring: bytes to text, CSV rows with their lines, the size limits,
and the one error for a file that cannot be read at all.

Pure (no Django): the tracker's contact imports and the program-source readers share it.
"""
