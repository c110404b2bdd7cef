"""CID 3733 Primary Cause of Death.

Extensible, version 20030327, UID 1.2.840.10008.6.1.231.

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
Cardiac: _Final[_groups.Cid3733Code]
Neurologic: _Final[_groups.Cid3733Code]
Renal: _Final[_groups.Cid3733Code]
Vascular: _Final[_groups.Cid3733Code]
Infection: _Final[_groups.Cid3733Code]
Pulmonary: _Final[_groups.Cid3733Code]
Valvular: _Final[_groups.Cid3733Code]
Other: _Final[_groups.Cid3733Code]
MEMBERS: _Final[tuple[_groups.Cid3733Code, ...]]
