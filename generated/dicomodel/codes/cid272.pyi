"""CID 272 Specific Observation Subject Class.

Non-extensible, version 20221201, UID 1.2.840.10008.6.1.1457.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Patient: _Final[_groups.Cid272Code]
Study: _Final[_groups.Cid272Code]
Series: _Final[_groups.Cid272Code]
Image: _Final[_groups.Cid272Code]
ImageFrame: _Final[_groups.Cid272Code]
ImagingRegionOfInterest: _Final[_groups.Cid272Code]
Waveform: _Final[_groups.Cid272Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid272Code]]
