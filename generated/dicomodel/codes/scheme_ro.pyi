"""Coding scheme RO: Radiomics Ontology.

0 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__scheme__: _Final[_CodingScheme]
