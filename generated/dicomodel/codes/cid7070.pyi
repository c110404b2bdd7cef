"""CID 7070 Real Time Video Rendition Title.

Extensible, version 20190915, UID 1.2.840.10008.6.1.1303.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RTVRendition: _Final[_groups.Cid7070Code]
RTVAudioAndVideoRendition: _Final[_groups.Cid7070Code]
RTVStereoVideoRendition: _Final[_groups.Cid7070Code]
RTVAudioAndStereoVideoRendition: _Final[_groups.Cid7070Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7070Code]]
