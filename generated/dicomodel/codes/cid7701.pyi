"""CID 7701 Fiber Tract In Brainstem.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1013.

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
SuperiorCerebellarPeduncle: _Final[_Code]
MiddleCerebellarPeduncle: _Final[_Code]
InferiorCerebellarPeduncle: _Final[_Code]
CorticospinalTractInBrainstem: _Final[_Code]
MedialLemniscus: _Final[_Code]
LateralLemniscus: _Final[_Code]
MedialLongitudinalFasciculus: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
