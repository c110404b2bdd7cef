"""CID 6104 Abnormal Opacity Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.424.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BeadedSeptumSign: _Final[_groups.Cid6104Code]
NodularPattern: _Final[_groups.Cid6104Code]
PrimaryComplex: _Final[_groups.Cid6104Code]
Pseudoplaque: _Final[_groups.Cid6104Code]
ReticulonodularPattern: _Final[_groups.Cid6104Code]
SignetRingSign: _Final[_groups.Cid6104Code]
AbnormalInterstitialPattern: _Final[_groups.Cid6104Code]
CoinLesion: _Final[_groups.Cid6104Code]
Density: _Final[_groups.Cid6104Code]
DependentOpacity: _Final[_groups.Cid6104Code]
GroundGlassOpacity: _Final[_groups.Cid6104Code]
Infiltrate: _Final[_groups.Cid6104Code]
Mass: _Final[_groups.Cid6104Code]
Micronodule: _Final[_groups.Cid6104Code]
Nodule: _Final[_groups.Cid6104Code]
Opacity: _Final[_groups.Cid6104Code]
PhantomTumor: _Final[_groups.Cid6104Code]
Shadow: _Final[_groups.Cid6104Code]
SmallIrregularOpacities: _Final[_groups.Cid6104Code]
SmallRoundedOpacities: _Final[_groups.Cid6104Code]
TreeInBudSign: _Final[_groups.Cid6104Code]
PulmonaryEmbolism: _Final[_groups.Cid6104Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6104Code]]
