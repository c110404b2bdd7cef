"""CID 7701 Fiber Tract In Brainstem.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1013.

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
SuperiorCerebellarPeduncle: _Final[_groups.Cid7701Code]
MiddleCerebellarPeduncle: _Final[_groups.Cid7701Code]
InferiorCerebellarPeduncle: _Final[_groups.Cid7701Code]
CorticospinalTractInBrainstem: _Final[_groups.Cid7701Code]
MedialLemniscus: _Final[_groups.Cid7701Code]
LateralLemniscus: _Final[_groups.Cid7701Code]
MedialLongitudinalFasciculus: _Final[_groups.Cid7701Code]
MEMBERS: _Final[tuple[_groups.Cid7701Code, ...]]
