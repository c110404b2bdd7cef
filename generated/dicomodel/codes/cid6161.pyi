"""CID 6161 Pathological Regional Lymph Node Assessment for Breast.

Extensible, version 20230630, UID 1.2.840.10008.6.1.475.

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
Pnx: _Final[_Code]
Pn0: _Final[_Code]
Pn1: _Final[_Code]
Pn2: _Final[_Code]
Pn2a: _Final[_Code]
Pn2b: _Final[_Code]
Pn3: _Final[_Code]
Pn3a: _Final[_Code]
Pn3b: _Final[_Code]
Pn3c: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
