"""CID 3409 Drug/Contrast Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.74.

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
DrugStart: _Final[_Code]
DrugEnd: _Final[_Code]
DrugAdministered: _Final[_Code]
ContrastStart: _Final[_Code]
ContrastEnd: _Final[_Code]
ContrastAdministered: _Final[_Code]
InfusateStart: _Final[_Code]
InfusateEnd: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
