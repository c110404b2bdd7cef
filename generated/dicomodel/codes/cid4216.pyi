"""CID 4216 Ophthalmic Visual Acuity Type.

Extensible, version 20080124, UID 1.2.840.10008.6.1.802.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AutorefractionVisualAcuity: _Final[_groups.Cid4216Code]
HabitualVisualAcuity: _Final[_groups.Cid4216Code]
PrescriptionVisualAcuity: _Final[_groups.Cid4216Code]
PotentialAcuityMeterVisualAcuity: _Final[_groups.Cid4216Code]
BestCorrectedVisualAcuity: _Final[_groups.Cid4216Code]
UncorrectedVisualAcuity: _Final[_groups.Cid4216Code]
PinholeVisualAcuity: _Final[_groups.Cid4216Code]
BrightnessAcuityTestingVisualAcuity: _Final[_groups.Cid4216Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4216Code]]
