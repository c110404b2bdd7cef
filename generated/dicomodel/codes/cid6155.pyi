"""CID 6155 Posterior Acoustic Feature.

Extensible, version 20060622, UID 1.2.840.10008.6.1.470.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NoPosteriorAcousticFeatures: _Final[_groups.Cid6155Code]
PosteriorEnhancement: _Final[_groups.Cid6155Code]
PosteriorShadowing: _Final[_groups.Cid6155Code]
CombinedPosteriorEnhancementAndShadowing: _Final[_groups.Cid6155Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6155Code]]
