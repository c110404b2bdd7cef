"""CID 9577 Patient Treatment Preparation Procedure.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1424.

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
Sedation: _Final[_Code]
CollisionChecks: _Final[_Code]
VitalSignsMonitoring: _Final[_Code]
PlacingRestraint: _Final[_Code]
PatientShieldingProcedure: _Final[_Code]
PatientFixationProcedure: _Final[_Code]
PatientAlignmentProcedure: _Final[_Code]
PatientMotionManagementSetupProcedure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
