"""CID 3733 Primary Cause of Death.

Extensible, version 20030327, UID 1.2.840.10008.6.1.231.

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
Cardiac: _Final[_Code]
Neurologic: _Final[_Code]
Renal: _Final[_Code]
Vascular: _Final[_Code]
Infection: _Final[_Code]
Pulmonary: _Final[_Code]
Valvular: _Final[_Code]
Other: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
