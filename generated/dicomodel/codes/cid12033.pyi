"""CID 12033 Ultrasound Transducer Geometry.

Extensible, version 20230626, UID 1.2.840.10008.6.1.808.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NonImagingDopplerUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
LinearUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
CurvedLinearUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
SectorUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
RadialUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
RingUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
PlanarMatrixUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
HemisphericalUltrasoundTransducerGeometry: _Final[_groups.Cid12033Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12033Code]]
