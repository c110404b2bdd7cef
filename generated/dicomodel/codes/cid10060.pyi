"""CID 10060 Organ for Radiation Dose Estimate.

Extensible, version 20221224, UID 1.2.840.10008.6.1.1154.
Includes CID 10044.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

EntireBody: _Final[_groups.Cid10060Code]
Phantom: _Final[_groups.Cid10060Code]
AdrenalGland: _Final[_groups.Cid10060Code]
Bladder: _Final[_groups.Cid10060Code]
Brain: _Final[_groups.Cid10060Code]
Breast: _Final[_groups.Cid10060Code]
BoneMarrow: _Final[_groups.Cid10060Code]
BoneSurface: _Final[_groups.Cid10060Code]
Colon: _Final[_groups.Cid10060Code]
Esophagus: _Final[_groups.Cid10060Code]
EyeLenses: _Final[_groups.Cid10060Code]
Gallbladder: _Final[_groups.Cid10060Code]
Heart: _Final[_groups.Cid10060Code]
Kidney: _Final[_groups.Cid10060Code]
Liver: _Final[_groups.Cid10060Code]
Lung: _Final[_groups.Cid10060Code]
LymphNode: _Final[_groups.Cid10060Code]
Muscle: _Final[_groups.Cid10060Code]
OralMucosa: _Final[_groups.Cid10060Code]
Ovary: _Final[_groups.Cid10060Code]
Pancreas: _Final[_groups.Cid10060Code]
Prostate: _Final[_groups.Cid10060Code]
SalivaryGlands: _Final[_groups.Cid10060Code]
Skin: _Final[_groups.Cid10060Code]
SmallIntestine: _Final[_groups.Cid10060Code]
Spleen: _Final[_groups.Cid10060Code]
Stomach: _Final[_groups.Cid10060Code]
Testis: _Final[_groups.Cid10060Code]
Thymus: _Final[_groups.Cid10060Code]
Thyroid: _Final[_groups.Cid10060Code]
Uterus: _Final[_groups.Cid10060Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10060Code]]
