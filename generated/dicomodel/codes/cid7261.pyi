"""CID 7261 Diffusion Model Value Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1060.

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
SingleTensor: _Final[_Code]
MultiTensor: _Final[_Code]
ModelFree: _Final[_Code]
CHARMED: _Final[_Code]
DSI: _Final[_Code]
DOT: _Final[_Code]
PAS: _Final[_Code]
SphericalDeconvolution: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
