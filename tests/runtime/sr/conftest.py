"""SR documents for the template tests: one built with dicomodel.templates, one by highdicom.

Both need ``generated/dicomodel/templates`` (``dicomodel-gen generate``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import highdicom as hd
import numpy as np
import pytest
from pydicom import Dataset, dcmread
from pydicom.data import get_testdata_file
from pydicom.sr.codedict import codes as pydicom_codes
from pydicom.uid import generate_uid

from dicomodel import codes
from dicomodel.coding import Code
from dicomodel.sr.content import ContentItem, Coordinates, Num, Reference
from dicomodel.templates import tid1001, tid1002, tid1003, tid1410, tid1419, tid1500

AREA = Code("SCT", "42798000", "Area")
CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2"
IMAGE_UID = "1.3.6.1.4.1.5962.1.1.1.1.1.20040119072730.12322"  # CT_small.dcm
TRACKING_UID = "1.2.826.0.1.3680043.8.498.1"
POLYLINE = (1.0, 1.0, 10.0, 1.0, 10.0, 10.0, 1.0, 1.0)


def measurement_report() -> tid1500.MeasurementReport:
    """TID 1500 with one TID 1410 planar ROI group holding one area (TID 1419)."""
    group = tid1410.PlanarROIMeasurementsAndQualitativeEvaluations(
        tracking_identifier="lesion 1",
        tracking_unique_identifier=TRACKING_UID,
        image_region=tid1410.PlanarROIMeasurementsAndQualitativeEvaluationsImageRegion(
            value=Coordinates("POLYLINE", POLYLINE),
            image_6=Reference(CT_IMAGE, IMAGE_UID),
        ),
        roi_measurements=tid1419.ROIMeasurements(
            measurement=[
                tid1419.ROIMeasurementsMeasurement(
                    concept=AREA, value=Num(40.5, codes.cid7181.SquareMillimeter)
                )
            ]
        ),
    )
    observer = tid1002.ObserverContext(
        observer_type=codes.cid270.Person,
        person_observer_identifying_attributes=tid1003.PersonObserverIdentifyingAttributes(
            person_observer_name="Doe^Jane"
        ),
    )
    return tid1500.MeasurementReport(
        concept=codes.cid7021.ImagingMeasurementReport,
        observation_context=tid1001.ObservationContext(observer_context=[observer]),
        procedure_reported=[Code("SCT", "77477000", "CT")],
        imaging_measurements=tid1500.MeasurementReportImagingMeasurements(
            planar_roi_measurements_and_qualitative_evaluations=[group]
        ),
    )


def written(dataset: Dataset) -> io.BytesIO:
    """``dataset`` as a Part 10 file in memory."""
    buffer = io.BytesIO()
    dataset.save_as(buffer, enforce_file_format=True)
    buffer.seek(0)
    return buffer


def source_image() -> Dataset:
    """pydicom's CT_small.dcm: a real CT image for the regions to reference."""
    return dcmread(get_testdata_file("CT_small.dcm"))


def highdicom_report(*, volumetric: bool = True, with_tid300: bool = True) -> Dataset:
    """A Comprehensive 3D SR that highdicom builds: TID 1500 with a TID 1410 and a TID 1411
    group, and a TID 1501 group holding a TID 300 measurement."""
    image = source_image()
    reference = hd.sr.SourceImageForRegion.from_source_image(image)
    area = hd.sr.Measurement(
        name=pydicom_codes.SCT.Area,
        value=40.5,
        unit=pydicom_codes.UCUM.SquareMillimeter,
    )
    groups: list[hd.sr.MeasurementsAndQualitativeEvaluations] = []
    groups.append(
        hd.sr.PlanarROIMeasurementsAndQualitativeEvaluations(
            tracking_identifier=hd.sr.TrackingIdentifier(uid=TRACKING_UID, identifier="lesion 1"),
            referenced_region=hd.sr.ImageRegion(
                graphic_type=hd.sr.GraphicTypeValues.POLYLINE,
                graphic_data=np.array(POLYLINE).reshape(-1, 2),
                source_image=reference,
            ),
            measurements=[area],
        )
    )
    if volumetric:
        groups.append(
            hd.sr.VolumetricROIMeasurementsAndQualitativeEvaluations(
                tracking_identifier=hd.sr.TrackingIdentifier(identifier="volume 1"),
                referenced_regions=[
                    hd.sr.ImageRegion(
                        graphic_type=hd.sr.GraphicTypeValues.POLYLINE,
                        graphic_data=np.array(POLYLINE).reshape(-1, 2),
                        source_image=reference,
                    )
                ],
                measurements=[area],
            )
        )
    if with_tid300:
        groups.append(
            hd.sr.MeasurementsAndQualitativeEvaluations(
                tracking_identifier=hd.sr.TrackingIdentifier(identifier="group 1"),
                measurements=[area],
            )
        )
    observer = hd.sr.ObserverContext(
        observer_type=pydicom_codes.DCM.Person,
        observer_identifying_attributes=hd.sr.PersonObserverIdentifyingAttributes(name="Doe^Jane"),
    )
    report = hd.sr.MeasurementReport(
        observation_context=hd.sr.ObservationContext(observer_person_context=observer),
        procedure_reported=pydicom_codes.cid100.CTUnspecifiedBodyRegion,
        imaging_measurements=groups,
    )
    document = hd.sr.Comprehensive3DSR(
        evidence=[image],
        content=report,
        series_instance_uid=generate_uid(),
        series_number=1,
        sop_instance_uid=generate_uid(),
        instance_number=1,
    )
    return dcmread(written(document))


@pytest.fixture
def highdicom_sr() -> Dataset:
    """A highdicom-built TID 1500 document, freshly read from its Part 10 bytes."""
    return highdicom_report()


def positions(
    item: ContentItem, identifier: tuple[int, ...] = (1,)
) -> Iterator[tuple[tuple[int, ...], ContentItem]]:
    """Every item of the tree with its identifier (the root is 1, PS3.3 C.17.3.2.5)."""
    yield identifier, item
    for position, child in enumerate(item.children, start=1):
        yield from positions(child, (*identifier, position))


def tid1501_areas(tree: ContentItem) -> tuple[tuple[int, ...], ContentItem]:
    """The planar group's area (TID 1419) and the TID 300 area of the TID 1501 group."""
    found = [(identifier, item) for identifier, item in positions(tree) if item.concept == AREA]
    planar, tid300 = found
    return planar[0], tid300[1]
