"""CID 6140 Calculation Method.

Extensible, version 20070625, UID 1.2.840.10008.6.1.460.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Estimated: _Final[_groups.Cid6140Code]
UnspecifiedMethodOfCalculation: _Final[_groups.Cid6140Code]
AgatstonScoringMethod: _Final[_groups.Cid6140Code]
VolumeScoringMethod: _Final[_groups.Cid6140Code]
MassScoringMethod: _Final[_groups.Cid6140Code]
TwoDimensionalMethod: _Final[_groups.Cid6140Code]
ThreeDimensionalMethod: _Final[_groups.Cid6140Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6140Code]]
