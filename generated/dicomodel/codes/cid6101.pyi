"""CID 6101 Chest Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.421.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AbnormalLines1D: _Final[_groups.Cid6101Code]
AbnormalOpacity: _Final[_groups.Cid6101Code]
AbnormalLucency: _Final[_groups.Cid6101Code]
AbnormalCalcifications: _Final[_groups.Cid6101Code]
AbnormalTexture: _Final[_groups.Cid6101Code]
RadiographicAnatomy: _Final[_groups.Cid6101Code]
NonLesion: _Final[_groups.Cid6101Code]
ImageQuality: _Final[_groups.Cid6101Code]
SelectedRegion: _Final[_groups.Cid6101Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6101Code]]
