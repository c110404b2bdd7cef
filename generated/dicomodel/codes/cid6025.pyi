"""CID 6025 Depth from BI-RADS®.

Extensible, version 20190524, UID 1.2.840.10008.6.1.355.

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
Anterior: _Final[_Code]
Middle: _Final[_Code]
Posterior: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
