"""CID 6141 Attenuation Coefficient Measurement.

Extensible, version 20030108, UID 1.2.840.10008.6.1.461.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AttenuationCoefficient: _Final[_groups.Cid6141Code]
MinimumAttenuationCoefficient: _Final[_groups.Cid6141Code]
MaximumAttenuationCoefficient: _Final[_groups.Cid6141Code]
MeanAttenuationCoefficient: _Final[_groups.Cid6141Code]
MedianAttenuationCoefficient: _Final[_groups.Cid6141Code]
StandardDeviationOfAttenuationCoefficient: _Final[_groups.Cid6141Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6141Code]]
