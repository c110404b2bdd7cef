"""CID 12022 Fetal Cranium Anatomic Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1007.

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
AnteriorHornLateralVentricle: _Final[_groups.Cid12022Code]
Cerebellum: _Final[_groups.Cid12022Code]
CerebralHemisphere: _Final[_groups.Cid12022Code]
CisternaMagna: _Final[_groups.Cid12022Code]
LateralVentricle: _Final[_groups.Cid12022Code]
OccipitalRegionOfScalp: _Final[_groups.Cid12022Code]
Orbit: _Final[_groups.Cid12022Code]
PosteriorHornLateralVentricle: _Final[_groups.Cid12022Code]
MEMBERS: _Final[tuple[_groups.Cid12022Code, ...]]
