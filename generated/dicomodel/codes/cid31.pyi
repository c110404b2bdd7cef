"""CID 31 Abstract Prior.

Extensible, version 20170914, UID 1.2.840.10008.6.1.21.

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
OnAdmission: _Final[_Code]
Intraoperative: _Final[_Code]
PreAdmission: _Final[_Code]
PreDose: _Final[_Code]
PostDose: _Final[_Code]
PreOperative: _Final[_Code]
PostOperative: _Final[_Code]
OnAdmissionToUnit: _Final[_Code]
OnDischarge: _Final[_Code]
OnDischargeFromUnit: _Final[_Code]
PreIntervention: _Final[_Code]
PostIntervention: _Final[_Code]
AtLastAppointment: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
