"""CID 6000 Overall Breast Composition.

Extensible, version 20020904, UID 1.2.840.10008.6.1.330.
Includes CID 6001.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AlmostEntirelyFat: _Final[_groups.Cid6000Code]
ScatteredFibroglandularDensities: _Final[_groups.Cid6000Code]
HeterogeneouslyDense: _Final[_groups.Cid6000Code]
ExtremelyDense: _Final[_groups.Cid6000Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6000Code]]
