"""CID 12022 Fetal Cranium Anatomic Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1007.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AnteriorHornLateralVentricle: _Final[_groups.Cid12022Code]
Cerebellum: _Final[_groups.Cid12022Code]
CerebralHemisphere: _Final[_groups.Cid12022Code]
CisternaMagna: _Final[_groups.Cid12022Code]
LateralVentricle: _Final[_groups.Cid12022Code]
OccipitalRegionOfScalp: _Final[_groups.Cid12022Code]
Orbit: _Final[_groups.Cid12022Code]
PosteriorHornLateralVentricle: _Final[_groups.Cid12022Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12022Code]]
