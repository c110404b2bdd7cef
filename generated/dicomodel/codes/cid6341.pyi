"""CID 6341 MRI Margin Characteristic.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1398.
Includes CID 6342.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CircumscribedLesion: _Final[_groups.Cid6341Code]
NonCircumscribedMargin: _Final[_groups.Cid6341Code]
IndistinctLesion: _Final[_groups.Cid6341Code]
ObscuredLesion: _Final[_groups.Cid6341Code]
Irregular: _Final[_groups.Cid6341Code]
SpiculatedLesion: _Final[_groups.Cid6341Code]
Encapsulated: _Final[_groups.Cid6341Code]
ErasedCharcoalSign: _Final[_groups.Cid6341Code]
PartiallyEncapsulated: _Final[_groups.Cid6341Code]
CompletelyEncapsulated: _Final[_groups.Cid6341Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6341Code]]
