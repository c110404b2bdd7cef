"""CID 6106 Abnormal Texture Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.426.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NodularPattern: _Final[_groups.Cid6106Code]
ReticulonodularPattern: _Final[_groups.Cid6106Code]
AbnormalInterstitialPattern: _Final[_groups.Cid6106Code]
GranularPattern: _Final[_groups.Cid6106Code]
HoneycombPattern: _Final[_groups.Cid6106Code]
MiliaryPattern: _Final[_groups.Cid6106Code]
MosaicPattern: _Final[_groups.Cid6106Code]
ReticularPattern: _Final[_groups.Cid6106Code]
SmallIrregularOpacities: _Final[_groups.Cid6106Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6106Code]]
