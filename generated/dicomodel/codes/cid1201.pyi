"""CID 1201 Contraindications For XA Imaging.

Extensible, version 20210328, UID 1.2.840.10008.6.1.1360.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ContrastMediaAllergy: _Final[_Code]
PatientCurrentlyPregnant: _Final[_Code]
ImpairedRenalFunction: _Final[_Code]
BloodCoagulationDisorders: _Final[_Code]
CardiacArrhythmia: _Final[_Code]
Sepsis: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
