"""An SR document from a root template part, and the root template of an SR document.

:func:`sr_dataset` puts a root template's content tree (PS3.3 Section C.17.3, SR
Document Content Module) into a data set with the SR Document General Module and
the identifiers an SR Storage SOP Class needs; :func:`root_content` and
:func:`root_template` read a document back (PS3.3 Section C.17.2: the root
Content Template Sequence names the TID).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from dicomodel.sr.content import ContentItem, from_dataset, to_dataset
from dicomodel.sr.parts import TemplatePart

if TYPE_CHECKING:
    from pydicom.dataset import Dataset

__all__ = ["COMPREHENSIVE_3D_SR", "root_content", "root_template", "sr_dataset"]

COMPREHENSIVE_3D_SR = "1.2.840.10008.5.1.4.1.1.88.34"


def sr_dataset(
    part: TemplatePart,
    *,
    sop_class_uid: str = COMPREHENSIVE_3D_SR,
    patient_id: str = "",
    patient_name: str = "",
    study_instance_uid: str | None = None,
    when: datetime | None = None,
) -> Dataset:
    """A Part 10-ready SR document whose content tree is ``part`` (a root template)."""
    from pydicom.dataset import FileMetaDataset
    from pydicom.uid import UID, ExplicitVRLittleEndian, generate_uid

    items = part.to_items()
    if len(items) != 1 or items[0].value_type != "CONTAINER":
        msg = f"TID {part.TEMPLATE.tid}: an SR document's root is one CONTAINER"
        raise ValueError(msg)
    moment = when or datetime(2024, 1, 1, 12, 0, 0)
    ds = to_dataset(items[0])
    ds.SOPClassUID = sop_class_uid
    ds.SOPInstanceUID = generate_uid()
    ds.StudyInstanceUID = study_instance_uid or generate_uid()
    ds.SeriesInstanceUID = generate_uid()
    ds.Modality = "SR"
    ds.PatientName = patient_name
    ds.PatientID = patient_id
    ds.PatientBirthDate = ""
    ds.PatientSex = ""
    ds.StudyDate = ds.ContentDate = moment.strftime("%Y%m%d")
    ds.StudyTime = ds.ContentTime = moment.strftime("%H%M%S")
    ds.ReferringPhysicianName = ""
    ds.StudyID = ""
    ds.AccessionNumber = ""
    ds.SeriesNumber = 1
    ds.InstanceNumber = 1
    ds.Manufacturer = "dicomodel"
    ds.CompletionFlag = "COMPLETE"
    ds.VerificationFlag = "UNVERIFIED"
    ds.ReferencedPerformedProcedureStepSequence = []
    ds.PerformedProcedureCodeSequence = []
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = UID(str(ds.SOPClassUID))
    meta.MediaStorageSOPInstanceUID = UID(str(ds.SOPInstanceUID))
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta = meta
    return ds


def root_content(dataset: Dataset) -> ContentItem:
    """The document's content tree: its root content item."""
    return from_dataset(dataset)


def root_template(dataset: Dataset) -> str | None:
    """The TID of the root Content Template Sequence, if the document names one."""
    templates = dataset.get("ContentTemplateSequence")
    if not templates:
        return None
    return str(templates[0].get("TemplateIdentifier", "")) or None
