"""CID 4202 Ophthalmic Photography Acquisition Device.

Extensible, version 20100607, UID 1.2.840.10008.6.1.318.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FundusCamera: _Final[_groups.Cid4202Code]
SlitLampBiomicroscope: _Final[_groups.Cid4202Code]
ExternalCamera: _Final[_groups.Cid4202Code]
SpecularMicroscope: _Final[_groups.Cid4202Code]
OperatingMicroscope: _Final[_groups.Cid4202Code]
ScanningLaserOphthalmoscope: _Final[_groups.Cid4202Code]
IndirectOphthalmoscope: _Final[_groups.Cid4202Code]
DirectOphthalmoscope: _Final[_groups.Cid4202Code]
OphthalmicEndoscope: _Final[_groups.Cid4202Code]
Keratoscope: _Final[_groups.Cid4202Code]
Pupillograph: _Final[_groups.Cid4202Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4202Code]]
