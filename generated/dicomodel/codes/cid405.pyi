"""CID 405 Media Type Code.

Extensible, version 20100824, UID 1.2.840.10008.6.1.908.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

USBDiskEmulation: _Final[_groups.Cid405Code]
Email: _Final[_groups.Cid405Code]
CD: _Final[_groups.Cid405Code]
DVD: _Final[_groups.Cid405Code]
CompactFlash: _Final[_groups.Cid405Code]
MultiMediaCard: _Final[_groups.Cid405Code]
SecureDigitalCard: _Final[_groups.Cid405Code]
URI_: _Final[_groups.Cid405Code]
Film: _Final[_groups.Cid405Code]
PaperDocument: _Final[_groups.Cid405Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid405Code]]
