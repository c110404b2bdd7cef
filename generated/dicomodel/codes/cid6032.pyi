"""CID 6032 High Risk Lesion Pathology Code from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.362.

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
AtypicalIntraductalHyperplasia: _Final[_groups.Cid6032Code]
AtypicalLobularHyperplasia: _Final[_groups.Cid6032Code]
LobularCarcinomaInSituOfBreast: _Final[_groups.Cid6032Code]
PeripheralDuctPapillomas: _Final[_groups.Cid6032Code]
PhyllodesTumor: _Final[_groups.Cid6032Code]
MEMBERS: _Final[tuple[_groups.Cid6032Code, ...]]
