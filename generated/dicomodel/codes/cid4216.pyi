"""CID 4216 Ophthalmic Visual Acuity Type.

Extensible, version 20080124, UID 1.2.840.10008.6.1.802.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AutorefractionVisualAcuity: _Final[_groups.Cid4216Code]
HabitualVisualAcuity: _Final[_groups.Cid4216Code]
PrescriptionVisualAcuity: _Final[_groups.Cid4216Code]
PotentialAcuityMeterVisualAcuity: _Final[_groups.Cid4216Code]
BestCorrectedVisualAcuity: _Final[_groups.Cid4216Code]
UncorrectedVisualAcuity: _Final[_groups.Cid4216Code]
PinholeVisualAcuity: _Final[_groups.Cid4216Code]
BrightnessAcuityTestingVisualAcuity: _Final[_groups.Cid4216Code]
MEMBERS: _Final[tuple[_groups.Cid4216Code, ...]]
