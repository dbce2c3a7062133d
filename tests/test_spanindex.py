"""Spans by bisection find exactly what a walk over the whole list would find."""

from hypothesis import given
from hypothesis import strategies as st

from newsdossier.extract.spanindex import SpanIndex, Stretches

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40)).map(lambda p: (p[0], p[0] + p[1])),
                 max_size=40)


@given(spans, st.integers(-10, 250), st.integers(0, 60))
def test_near_is_every_touching_span_in_the_order_added(items, start, length):
    end = start + length
    index = SpanIndex((s, e, k) for k, (s, e) in enumerate(items))
    expected = [(s, e, k) for k, (s, e) in enumerate(items) if s <= end and e >= start]
    assert index.near(start, end) == expected


@given(spans, spans, st.integers(0, 250))
def test_spans_added_later_are_found_too(first, later, pos):
    index = SpanIndex((s, e, ("first", k)) for k, (s, e) in enumerate(first))
    for k, (s, e) in enumerate(later):
        index.add(s, e, ("later", k))
    both = [(s, e, ("first", k)) for k, (s, e) in enumerate(first)] + \
        [(s, e, ("later", k)) for k, (s, e) in enumerate(later)]
    assert index.near(pos, pos) == [span for span in both if span[0] <= pos <= span[1]]
    assert len(index) == len(both)


def test_a_long_span_far_back_still_holds_a_position():
    index = SpanIndex([(0, 500, "long"), (480, 490, "short"), (600, 610, "after")])
    assert index.near(495, 495) == [(0, 500, "long")]
    assert index.near(485, 485) == [(0, 500, "long"), (480, 490, "short")]
    assert index.near(520, 590) == []


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=12), st.integers(-5, 100))
def test_stretches_hold_a_position_exactly_when_one_stretch_does(pairs: list[tuple[int, int]], pos: int) -> None:
    stretches = [(start, start + length) for start, length in pairs]  # nested, overlapping and empty ones too
    assert (pos in Stretches(stretches)) == any(s <= pos < e for s, e in stretches)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 30)), max_size=12), st.integers(-5, 100),
       st.integers(1, 20))
def test_stretches_overlap_a_range_exactly_when_one_stretch_does(pairs: list[tuple[int, int]], start: int,
                                                                 length: int) -> None:
    stretches = [(s, s + n) for s, n in pairs]
    end = start + length
    assert Stretches(stretches).overlaps(start, end) == any(s < end and start < e for s, e in stretches)
