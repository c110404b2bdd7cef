"""CID 3716 Severity.

Extensible, version 20070827, UID 1.2.840.10008.6.1.217.

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
None_: _Final[_Code]
Mild: _Final[_Code]
MildToModerate: _Final[_Code]
Moderate: _Final[_Code]
ModerateToSevere: _Final[_Code]
Severe: _Final[_Code]
Fatal: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
