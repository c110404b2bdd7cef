"""CID 8131 Pathology Imaging Protocol.

Extensible, version 20240324, UID 1.2.840.10008.6.1.948.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PeriOperativePhotographicImaging: _Final[_groups.Cid8131Code]
SlideMicroscopy: _Final[_groups.Cid8131Code]
WholeSlideImaging: _Final[_groups.Cid8131Code]
WSI20XRGB: _Final[_groups.Cid8131Code]
WSI40XRGB: _Final[_groups.Cid8131Code]
Histology: _Final[_groups.Cid8131Code]
Histopathology: _Final[_groups.Cid8131Code]
Microscopy: _Final[_groups.Cid8131Code]
LightMicroscopy: _Final[_groups.Cid8131Code]
Photomicrography: _Final[_groups.Cid8131Code]
PhotographyOfPatient: _Final[_groups.Cid8131Code]
PhotographyOfGrossOrgan: _Final[_groups.Cid8131Code]
GrossPathologyRequest: _Final[_groups.Cid8131Code]
Immunohistochemistry: _Final[_groups.Cid8131Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid8131Code]]
