"""CID 6146 Time Point Type.

Extensible, version 20221002, UID 1.2.840.10008.6.1.1002.

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
Baseline: _Final[_Code]
Pretreatment: _Final[_Code]
Posttreatment: _Final[_Code]
Eligibility: _Final[_Code]
Unscheduled: _Final[_Code]
Nadir: _Final[_Code]
PreOperative: _Final[_Code]
PostOperative: _Final[_Code]
PostRadiation: _Final[_Code]
PostChemotherapy: _Final[_Code]
MaintenanceTherapy: _Final[_Code]
RecurrenceOfTumor: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
