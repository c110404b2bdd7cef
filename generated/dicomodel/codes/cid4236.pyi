"""CID 4236 IOL Calculation Formula.

Extensible, version 20190124, UID 1.2.840.10008.6.1.882.

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
Haigis: _Final[_Code]
HaigisL: _Final[_Code]
Holladay1: _Final[_Code]
Holladay2: _Final[_Code]
HofferQ: _Final[_Code]
Olsen: _Final[_Code]
SRKII: _Final[_Code]
SRKT: _Final[_Code]
HaigisToric: _Final[_Code]
HaigisLToric: _Final[_Code]
BarrettToric: _Final[_Code]
BarrettTrueK: _Final[_Code]
BarrettTrueKToric: _Final[_Code]
BarrettUniversalII: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
