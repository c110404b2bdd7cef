"""CID 6146 Time Point Type.

Extensible, version 20221002, UID 1.2.840.10008.6.1.1002.

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
Baseline: _Final[_groups.Cid6146Code]
Pretreatment: _Final[_groups.Cid6146Code]
Posttreatment: _Final[_groups.Cid6146Code]
Eligibility: _Final[_groups.Cid6146Code]
Unscheduled: _Final[_groups.Cid6146Code]
Nadir: _Final[_groups.Cid6146Code]
PreOperative: _Final[_groups.Cid6146Code]
PostOperative: _Final[_groups.Cid6146Code]
PostRadiation: _Final[_groups.Cid6146Code]
PostChemotherapy: _Final[_groups.Cid6146Code]
MaintenanceTherapy: _Final[_groups.Cid6146Code]
RecurrenceOfTumor: _Final[_groups.Cid6146Code]
MEMBERS: _Final[tuple[_groups.Cid6146Code, ...]]
