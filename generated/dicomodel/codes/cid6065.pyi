"""CID 6065 Instrument Approach.

Extensible, version 20160314, UID 1.2.840.10008.6.1.394.

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
Medial: _Final[_groups.Cid6065Code]
Lateral: _Final[_groups.Cid6065Code]
Superior: _Final[_groups.Cid6065Code]
Inferior: _Final[_groups.Cid6065Code]
InferolateralToSuperomedial: _Final[_groups.Cid6065Code]
InferomedialToSuperolateral: _Final[_groups.Cid6065Code]
SuperolateralToInferomedial: _Final[_groups.Cid6065Code]
SuperomedialToInferolateral: _Final[_groups.Cid6065Code]
MEMBERS: _Final[tuple[_groups.Cid6065Code, ...]]
