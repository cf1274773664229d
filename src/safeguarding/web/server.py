"""The web application (Starlette): server-rendered pages that work without JavaScript.

Every page but the sign-in page needs a signed-in session; a page of a council the user is not
granted is "not found", exactly as a council the store does not hold, so codes cannot be probed.
Readers see the open report (small numbers suppressed), managers and admins the internal one;
case lists are for managers (their teams) and admins, and every view or export of one is
written to the audit log before it is sent.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import shutil
import tempfile
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import app as core
from .. import benchmarks
from .. import case_output
from .. import revisions as revisions_of
from ..csvtext import csv_text
from ..report import charts, pack
from ..report.docx import write_docx
from ..report.html import javascript_bundle, render_html, sparkline_svg
from ..report.pdf import write_pdf
from ..report.settings import ReportSettings
from ..report.xlsx import write_xlsx
from ..results import CaseList, CouncilCases, IndicatorPage, ReportTree
from ..sources import ExtractError
from ..sources.issues import place, summarise
from ..store import Store, StoreError
from . import accounts, explorer, upload
from .accounts import User
from .data import Reports, Settings
from .loading import LoadJob, LoadJobs
from .oidc import FLOW_LIFETIME, OidcError, Provider
from .security import SecurityHeaders, Session, Sessions, Throttle
from .upload import UploadError

HERE = Path(__file__).parent
log = logging.getLogger("safeguarding.web")
USER_LIMIT, CLIENT_LIMIT = 5, 20  # failed sign-ins before a lock (per user name, per client)
FORM_LIMIT = 2**20  # bytes of a form POSTed (the upload page has its own limit)
MONTH = re.compile(r"^\d{4}-\d{2}$")


class HttpError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


@dataclass
class State:
    store: Store
    reports: Reports
    sessions: Sessions
    throttle_user: Throttle
    throttle_client: Throttle
    cookie: str
    secure: bool
    env: Environment
    oidc: Provider | None = None  # sign-in through the council's identity provider
    loads: LoadJobs = field(default_factory=LoadJobs)  # extracts being loaded from the page


def create_app(store: Store, *, secure_cookies: bool = True, clock=None,
               settings: Settings | None = None, oidc: Provider | None = None) -> Starlette:
    """The web view over an open, writable store (its web schema is made if it has none), with
    the council's settings (default: the shipped ones) and, if given, sign-in through the
    council's identity provider (OpenID Connect)."""
    with_clock = {"clock": clock} if clock else {}
    accounts.ensure_schema(store.con)
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True)
    env.globals["sparkline"] = sparkline_svg  # the pack's: an inline SVG of attributes only
    env.globals["oidc_enabled"] = oidc is not None  # the sign-in page offers it
    state = State(store, Reports(store, settings), Sessions(**with_clock),
                  Throttle(USER_LIMIT, **with_clock), Throttle(CLIENT_LIMIT, **with_clock),
                  "__Host-session" if secure_cookies else "session", secure_cookies, env, oidc)
    routes = [
        Route("/", home),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/login/oidc", oidc_start),
        Route("/login/oidc/callback", oidc_callback),
        Route("/c/{la}/", dashboard),
        Route("/c/{la}/indicator/{indicator}", indicator_page),
        Route("/c/{la}/indicator/{indicator}/chart.json", chart_json),
        Route("/c/{la}/cases/{indicator}.csv", cases_csv),  # before the page, which would match
        Route("/c/{la}/cases/{indicator}", cases_page),
        Route("/c/{la}/pack/{name}", pack_file),
        Route("/c/{la}/snapshots", snapshots_page),
        Route("/c/{la}/revisions", revisions_page),
        Route("/audit", audit_page),
        Route("/users", users_page),
        Route("/admin/load", load_page, methods=["GET", "POST"]),
        Route("/admin/load/{job}", load_status),
        Route("/benchmarks", explorer_page),
        Route("/static/vega.js", vega_script),  # generated, so not a file under static/
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    web = Starlette(routes=routes, exception_handlers={404: not_found, 405: not_found})
    web.state.web = state
    return SecurityHeaders(web)  # type: ignore[return-value]


def _state(request: Request) -> State:
    return request.app.state.web


def render(request: Request, template: str, code: int = 200, session: Session | None = None,
           user: User | None = None, **context) -> HTMLResponse:
    html = _state(request).env.get_template(template).render(
        user=user, csrf=session.csrf if session else None, **context)
    return HTMLResponse(html, status_code=code)


def error_page(request: Request, status: int, message: str, session=None, user=None) -> HTMLResponse:
    return render(request, "error.html", status, session, user, status=status, message=message)


async def not_found(request: Request, exc) -> HTMLResponse:
    return error_page(request, 404, "There is no such page.")


async def _db(request: Request, fn, *args):
    """fn(*args) off the event loop (queries and password hashing are slow), one at a time on
    the store's connection."""
    lock = _state(request).reports.lock

    def locked():
        with lock:
            return fn(*args)
    return await run_in_threadpool(locked)


def _session(request: Request) -> Session | None:
    st = _state(request)
    return st.sessions.get(request.cookies.get(st.cookie))


def _set_cookie(request: Request, response: Response, session: Session) -> None:
    st = _state(request)
    response.set_cookie(st.cookie, session.id, httponly=True, secure=st.secure, samesite="strict",
                        path="/")


def contained(handler):
    """A handler whose unexpected failure is a plain 500 page, logged by the exception's type
    alone: its text may quote a cell of the extract, and that is children's data."""
    @wraps(handler)
    async def run(request: Request, *args):
        try:
            return await handler(request, *args)
        except HttpError:
            raise  # an answer for the user (page() shows it)
        except Exception as exc:  # noqa: BLE001 - the one place every unexpected failure ends
            log.error("unexpected failure (%s) on %s %s", type(exc).__name__, request.method,
                      request.url.path)
            return error_page(request, 500, "Something went wrong on the server.")
    return run


def _too_large(request: Request, limit: int) -> str | None:
    """Why a POST's body is refused before it is read (None: it may be read): its declared
    length is over `limit`, or it declares none (the server holds it to that length)."""
    length = request.headers.get("content-length", "")
    if not length.isdigit():
        return "The form was sent without its length: send it again from the page."
    if int(length) > limit:
        return f"The upload is too large (at most {limit // 2**20:,} MB)."
    return None


def page(role: str = "reader", max_body: int = FORM_LIMIT):
    """A page for signed-in users of at least `role`: no session, the sign-in page (nothing
    else); a lesser role, 403; a POST without the session's CSRF token, 403; a POST of more
    than `max_body` bytes, 413 (unread)."""
    def wrap(handler):
        inner = contained(handler)

        @wraps(handler)
        async def guarded(request: Request):
            st = _state(request)
            session = _session(request)
            user = None
            if session is not None and session.user is not None:
                user = await _db(request, accounts.get_user, st.store.con, session.user)
                if user is None:  # disabled since: signed out
                    st.sessions.drop(session.id)
            if session is None or user is None:
                path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
                target = quote(path, safe="")  # back here after sign-in (_safe_next checks it)
                return RedirectResponse(f"/login?next={target}", status_code=303)
            if request.method == "POST":
                if not user.at_least(role):  # refused before its body is read
                    return error_page(request, 403, "Your account may not see this page.",
                                      session, user)
                too_large = _too_large(request, max_body)
                if too_large:
                    return error_page(request, 413, too_large, session, user)
                form = await request.form()
                if not session.csrf_ok(form.get("csrf")):  # type: ignore[arg-type]
                    return error_page(request, 403, "The form has expired: go back, reload the "
                                      "page and try again.", session, user)
            if not user.at_least(role):
                return error_page(request, 403, "Your account may not see this page.", session, user)
            try:
                return await inner(request, session, user)
            except HttpError as exc:
                return error_page(request, exc.status, exc.message, session, user)
        return guarded
    return wrap


# --- sign-in -----------------------------------------------------------------------------------

def _safe_next(target: str | None) -> str:
    """Only a path on this site (never //host or a scheme) is followed after sign-in."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@contained
async def login(request: Request) -> Response:
    st = _state(request)
    session = _session(request)
    if request.method == "GET":
        if session is not None and session.user is not None:
            return RedirectResponse("/", status_code=303)
        session = session or st.sessions.new()
        sign_in_page = render(request, "login.html", session=session,
                              next=_safe_next(request.query_params.get("next")))
        _set_cookie(request, sign_in_page, session)
        return sign_in_page
    form = await request.form()
    if session is None or not session.csrf_ok(form.get("csrf")):  # type: ignore[arg-type]
        return error_page(request, 403, "The sign-in form has expired: reload the page and try again.")
    name = str(form.get("username", ""))[:200]
    password = str(form.get("password", ""))[:1000]
    target = _safe_next(str(form.get("next", "")))
    keys = [f"user:{name.lower()}", f"client:{request.client.host if request.client else ''}"]
    throttles = [st.throttle_user, st.throttle_client]
    wait = max(t.locked_for(k) for t, k in zip(throttles, keys))
    if wait:
        minutes = int(wait // 60) + 1
        return render(request, "login.html", 429, session, next=target, username=name,
                      message=f"Too many failed sign-ins: try again in {minutes} minutes.")
    user = await _db(request, accounts.authenticate, st.store.con, name, password)
    if user is None:
        for t, k in zip(throttles, keys):
            t.failed(k)
        return render(request, "login.html", 401, session, next=target, username=name,
                      message="The user name or password is wrong.")
    st.throttle_user.succeeded(keys[0])
    st.sessions.drop(session.id)  # a new id at sign-in: an id known before it is worthless
    signed_in = st.sessions.new(user.name)
    response = RedirectResponse(target, status_code=303)
    _set_cookie(request, response, signed_in)
    return response


@page()
async def logout(request: Request, session: Session, user: User) -> Response:
    """The session ended here; one begun at the identity provider is ended there too, through a
    page that sends the browser on (a redirect would be blocked: this is a form's POST, and the
    CSP's form-action is 'self')."""
    st = _state(request)
    st.sessions.drop(session.id)
    at_provider = None
    if st.oidc is not None and session.id_token is not None:
        try:
            at_provider = await st.oidc.logout_url(session.id_token)
        except OidcError as exc:
            log.warning("OIDC sign-out at the provider skipped: %s", exc)
    if at_provider:
        response: Response = render(
            request, "onward.html", url=at_provider, heading="Signed out",
            text="You are signed out of this service. Your organisation's account is being "
                 "signed out too: ", link="continue to your organisation's sign-out page")
    else:
        response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(st.cookie, path="/", secure=st.secure, httponly=True, samesite="strict")
    return response


# --- sign-in through the council's identity provider (OpenID Connect, web/oidc.py) --------------

OIDC_ERROR = re.compile(r"^[a-z_]{1,40}$")  # an OAuth error code, as RFC 6749 defines them


def _flow_cookie(st: State) -> str:
    return "__Host-oidc-flow" if st.secure else "oidc-flow"


@contained
async def oidc_start(request: Request) -> Response:
    """To the provider's sign-in page. A link, not a form: the CSP's form-action 'self' would
    block a form's redirect to the provider. Starting a sign-in gives nothing away."""
    st = _state(request)
    if st.oidc is None:
        return error_page(request, 404, "There is no such page.")
    flow_id, flow = st.oidc.begin(_safe_next(request.query_params.get("next")))
    try:
        url = await st.oidc.authorization_url(flow)
    except OidcError as exc:
        log.warning("OIDC sign-in could not start: %s", exc)
        return error_page(request, 503, "Signing in through your organisation is not available "
                          "just now: try again later, or ask the service's administrator.")
    response = RedirectResponse(url, status_code=303)
    # Lax, not Strict: the provider sends the browser back from its own site, and a Strict
    # cookie would not come with it. It holds only the flow's random id, used once.
    response.set_cookie(_flow_cookie(st), flow_id, max_age=FLOW_LIFETIME, httponly=True,
                        secure=st.secure, samesite="lax", path="/")
    return response


@contained
async def oidc_callback(request: Request) -> Response:
    """The provider's answer: the flow's state, the code exchanged (with the PKCE verifier) for
    an ID token whose signature and claims are checked, and the store's OIDC account it names.
    Any failure is a refusal, logged with the check that failed (and the user name, once known)."""
    st = _state(request)
    if st.oidc is None:
        return error_page(request, 404, "There is no such page.")
    query = request.query_params
    try:
        flow = st.oidc.take(request.cookies.get(_flow_cookie(st)), query.get("state"))
        if "error" in query:
            code = query["error"] if OIDC_ERROR.match(query["error"]) else "an unknown error"
            raise OidcError(f"the identity provider refused the sign-in ({code})")
        if not query.get("code"):
            raise OidcError("the identity provider sent no code")
        claims, id_token = await st.oidc.finish(flow, query["code"])
        name = st.oidc.username(claims)
    except OidcError as exc:
        log.warning("OIDC sign-in refused: %s", exc)
        return render(request, "oidc_refused.html", 401, message="The sign-in through your "
                      f"organisation did not succeed: {exc}.")
    user, why = await _db(request, accounts.oidc_user, st.store.con, name)
    if user is None:
        log.warning("OIDC sign-in refused for %r: %s", name[:100], why)
        return render(request, "oidc_refused.html", 403, message=f"Your organisation signed you "
                      f"in as {name[:100]}, but that identity has no account here, or it is "
                      "disabled: ask the service's administrator for access.")
    log.info("OIDC sign-in of %r", user.name)
    session = _session(request)
    if session is not None:
        st.sessions.drop(session.id)  # a new id at sign-in, as for a password
    signed_in = st.sessions.new(user.name, id_token)
    # A page, not a redirect: the browser comes here from the provider's site, and would not
    # send the Strict session cookie along a redirect that began there; the page's own
    # navigation (meta refresh) is same-site.
    # Encoded as Starlette encodes a redirect's Location: a tab or newline cannot turn the
    # path into //host when the browser parses it.
    target = quote(flow.next, safe=":/%#?=@[]!$&'()*+,;")
    response = render(request, "onward.html", url=target, heading="Signed in", text="",
                      link="Continue")
    _set_cookie(request, response, signed_in)
    response.delete_cookie(_flow_cookie(st), path="/", secure=st.secure, httponly=True,
                           samesite="lax")
    return response


# --- the report --------------------------------------------------------------------------------

def _council(request: Request, user: User) -> dict:
    """The council of the URL, if the user is granted it (else 404, as for one not held)."""
    la = request.path_params["la"]
    council = _state(request).reports.councils().get(la)
    if council is None or not user.may_see(la):
        raise HttpError(404, "There is no such page.")
    return council


def _month(request: Request, la: str) -> dt.date:
    text = request.query_params.get("month")
    if text is None:
        return _state(request).reports.default_month(la)
    if not MONTH.match(text):
        raise HttpError(400, "The month must be YYYY-MM.")
    try:
        return core.parse_month(text)
    except ValueError:
        raise HttpError(400, "The month must be YYYY-MM.") from None


def _classification(user: User) -> str:
    return "internal" if user.at_least("manager") else "open"


async def _tree(request: Request, user: User, la: str, month: dt.date) -> ReportTree:
    try:
        return await _db(request, _state(request).reports.tree, la, month, _classification(user))
    except (core.RunError, StoreError) as exc:
        raise HttpError(400, str(exc)) from None


@page()
async def home(request: Request, session: Session, user: User) -> Response:
    councils = [c for la, c in _state(request).reports.councils().items() if user.may_see(la)]
    if len(councils) == 1:
        return RedirectResponse(f"/c/{councils[0]['la_code']}/", status_code=303)
    return render(request, "home.html", session=session, user=user, councils=councils)


@page()
async def dashboard(request: Request, session: Session, user: User) -> Response:
    council = _council(request, user)
    month = _month(request, council["la_code"])
    tree = await _tree(request, user, council["la_code"], month)
    return render(request, "dashboard.html", session=session, user=user, tree=tree,
                  la=council["la_code"], with_cases=user.at_least("manager"),
                  has_cases=_state(request).reports.has_cases)


def _indicator(request: Request, tree: ReportTree) -> IndicatorPage:
    wanted = request.path_params["indicator"]
    for i in tree.summary:
        if i.id == wanted:
            return i
    raise HttpError(404, "There is no such page.")


@lru_cache(maxsize=256)  # an indicator page is immutable: its own key
def _chart(indicator: IndicatorPage) -> Markup:
    """The pack's chart of the indicator (its Vega-Lite spec) as a static SVG: no script, and
    no style attribute for the CSP to block (vl-convert writes presentation attributes)."""
    return Markup(charts.chart_svg(charts.chart_spec(indicator)))


@page()
async def indicator_page(request: Request, session: Session, user: User) -> Response:
    council = _council(request, user)
    month = _month(request, council["la_code"])
    tree = await _tree(request, user, council["la_code"], month)
    indicator = _indicator(request, tree)
    reports = _state(request).reports
    chart = await run_in_threadpool(_chart, indicator) if indicator.available else None
    return render(request, "indicator.html", session=session, user=user, tree=tree,
                  la=council["la_code"], i=indicator, chart=chart,
                  chart_text=charts.describe(indicator),
                  cases_link=user.at_least("manager") and reports.has_cases(indicator.id))


@page()
async def chart_json(request: Request, session: Session, user: User) -> Response:
    """The indicator page's chart as its Vega-Lite spec (the pack's, from the same report tree,
    so a reader's holds the open figures only), for static/charts.js to draw in the browser."""
    council = _council(request, user)
    tree = await _tree(request, user, council["la_code"], _month(request, council["la_code"]))
    indicator = _indicator(request, tree)
    if not indicator.available:
        raise HttpError(404, "There is no such chart.")
    return JSONResponse(charts.chart_spec(indicator))


async def vega_script(request: Request) -> Response:
    """Vega, Vega-Lite and vega-embed (the pack's bundle, built once per process), for the
    charts drawn in the browser: public code, no data, so cached by the browser."""
    bundle = await run_in_threadpool(javascript_bundle)
    return Response(bundle, media_type="text/javascript",
                    headers={"cache-control": "public, max-age=86400"})


@page()
async def snapshots_page(request: Request, session: Session, user: User) -> Response:
    """The council's snapshots held (as `safeguarding history`): the one shown is the latest."""
    council = _council(request, user)
    held = await _db(request, _state(request).store.snapshots)
    mine = [dict(snap, notes=json.loads(snap["notes"] or "[]")) for snap in held
            if snap["la_code"] == council["la_code"]]
    return render(request, "snapshots.html", session=session, user=user, council=council,
                  snapshots=mine)


def _revisions_level(user: User) -> str:
    """Internal (with the records that moved: child-level) for admins and managers of every
    team only, as the records carry no team; open (counts of records) for everyone else."""
    return "internal" if user.at_least("manager") and user.teams is None else "open"


@page()
async def revisions_page(request: Request, session: Session, user: User) -> Response:
    """What each snapshot said about the month's figures, and why they moved (as `safeguarding
    revisions`); every view of the records that moved is audited before it is sent."""
    council = _council(request, user)
    la = council["la_code"]
    month = _month(request, la)
    st = _state(request)
    try:
        found = await _db(request, revisions_of.revisions, st.store, month,
                          st.reports.settings.policy, [la])
    except StoreError as exc:
        raise HttpError(400, str(exc)) from None
    level = _revisions_level(user)
    if level == "internal":
        for rev in found:
            if rev.records:
                children = await _db(request, revisions_of.children_moved, st.store, rev)
                await _db(request, accounts.audit, st.store.con, user, "view revised records", la,
                          rev.indicator.id, f"{month:%Y-%m}", children, len(rev.records))
    shown = [(rev, rev.to_dict(level)) for rev in found]
    return render(request, "revisions.html", session=session, user=user, council=council,
                  month=f"{month:%Y-%m}", label=f"{month:%B %Y}", revisions=shown, level=level)


# --- the pack, for any month: the same tree, the pack's own renderers ---------------------------

PACK_TYPES = {"performance-report.html": "text/html; charset=utf-8",
              "performance-report.pdf": "application/pdf",
              "performance-data.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              "cover-report.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
assert set(PACK_TYPES) == set(pack.FILES)


def _pack_bytes(tree: ReportTree, name: str, settings: ReportSettings) -> bytes:
    """One file of the pack for the tree, rendered as `safeguarding report` writes it (no case
    lists: they are only ever shown, audited, on the case-list pages)."""
    if name == "performance-report.html":
        return render_html(tree).encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        if name == "performance-report.pdf":
            write_pdf(tree, path)
        elif name == "performance-data.xlsx":
            write_xlsx(tree, path)
        else:
            write_docx(tree, settings, path)
        return path.read_bytes()


@page()
async def pack_file(request: Request, session: Session, user: User) -> Response:
    council = _council(request, user)
    name = request.path_params["name"]
    if name not in PACK_TYPES:  # a fixed set of names: never a path
        raise HttpError(404, "There is no such page.")
    month = _month(request, council["la_code"])
    tree = await _tree(request, user, council["la_code"], month)
    body = await run_in_threadpool(_pack_bytes, tree, name, _state(request).reports.settings.report)
    download = f"{council['la_code']}-{tree.month}-{tree.classification}-{name}"
    return Response(body, media_type=PACK_TYPES[name],
                    headers={"content-disposition": f'attachment; filename="{download}"'})


# --- case lists (child-level: managers and admins, audited) ------------------------------------

async def _cases(request: Request, user: User) -> tuple[dict, dt.date, CaseList, CaseList]:
    """The case list of the URL (all of it, and the user's teams' part of it)."""
    council = _council(request, user)
    la = council["la_code"]
    month = _month(request, la)
    indicator = request.path_params["indicator"]
    reports = _state(request).reports
    if not reports.has_cases(indicator):
        raise HttpError(404, "There is no such page.")
    try:
        full = await _db(request, reports.case_list, la, month, indicator)
    except (core.RunError, StoreError) as exc:
        raise HttpError(400, str(exc)) from None
    mine = replace(full, cases=tuple(c for c in full.cases if user.may_see_team(c.team)))
    return council, month, full, mine


async def _audit(request: Request, user: User, action: str, cl: CaseList) -> None:
    children = len({c.person_id for c in cl.cases if c.person_id is not None})
    await _db(request, accounts.audit, _state(request).store.con, user, action, cl.la_code,
              cl.indicator, cl.month, children, len(cl.cases))


@page("manager")
async def cases_page(request: Request, session: Session, user: User) -> Response:
    council, month, full, mine = await _cases(request, user)
    await _audit(request, user, "view case list", mine)
    return render(request, "cases.html", session=session, user=user, council=council,
                  month=f"{month:%Y-%m}", full=full, cl=mine, stamp=case_output.STAMP,
                  labels=case_output)


@page("manager")
async def cases_csv(request: Request, session: Session, user: User) -> Response:
    council, month, full, mine = await _cases(request, user)
    await _audit(request, user, "export case list (CSV)", mine)
    one = CouncilCases(council["la_code"], council["la_name"], f"{month:%Y-%m}", "", 0, (mine,),
                       (), None, mine.allocation)
    name = f"cases-{council['la_code']}-{month:%Y-%m}-{mine.indicator}.csv"
    return Response(case_output.to_csv([one]), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{name}"'})


# --- the audit log (admins) --------------------------------------------------------------------

@page("admin")
async def audit_page(request: Request, session: Session, user: User) -> Response:
    rows = await _db(request, accounts.audit_log, _state(request).store.con)
    if request.query_params.get("format") == "csv":
        return Response(csv_text(accounts.AUDIT_COLUMNS, rows), media_type="text/csv; charset=utf-8",
                        headers={"content-disposition": 'attachment; filename="audit.csv"'})
    return render(request, "audit.html", session=session, user=user, rows=list(reversed(rows)),
                  columns=accounts.AUDIT_COLUMNS)


@page("admin")
async def users_page(request: Request, session: Session, user: User) -> Response:
    """The accounts (read-only: `safeguarding users` changes them, with the server stopped)."""
    found = await _db(request, accounts.users, _state(request).store.con)
    return render(request, "users.html", session=session, user=user, accounts=found)


# --- loading an extract (admins of every council) ----------------------------------------------

def _load_form(request: Request, session: Session, user: User, code: int = 200,
               **outcome) -> HTMLResponse:
    """The upload page, with a load's outcome or a refusal's message if given."""
    return render(request, "load.html", code, session, user, limit=upload.UPLOAD_LIMIT, **outcome)


@page("admin", max_body=upload.UPLOAD_LIMIT)
async def load_page(request: Request, session: Session, user: User) -> Response:
    """A zip of the extract folder (or its files), unpacked safely, then loaded in the
    background as `safeguarding load` loads it (all or nothing, every error at once; audited
    either way), while the browser is sent to the load's own page."""
    if user.councils is not None:
        raise HttpError(403, "Only an admin of every council may load an extract.")
    st = _state(request)
    if request.method == "GET":
        return _load_form(request, session, user)
    form = await request.form()
    files = [f for f in form.getlist("extract") if not isinstance(f, str) and f.filename]
    if not files:
        return _load_form(request, session, user, 400,
                          message="Choose a zip of the extract folder, or the folder's files.")
    tmp = Path(tempfile.mkdtemp(prefix="safeguarding-upload-"))
    try:
        await run_in_threadpool(upload.receive, [(str(f.filename), f.file) for f in files],
                                tmp / "extract")
    except UploadError as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        await _db(request, _audit_load, st.store, user, [], False)
        return _load_form(request, session, user, 400, message=f"Nothing was loaded: {exc}.")
    job = st.loads.start(user.name, lambda job: _load(st, user, tmp, job))
    if job is None:
        shutil.rmtree(tmp, ignore_errors=True)
        return _load_form(request, session, user, 409, message="Another load is running: wait "
                          "for it to finish, then try again.")
    return RedirectResponse(f"/admin/load/{job.id}", status_code=303)


@page("admin")
async def load_status(request: Request, session: Session, user: User) -> Response:
    """A load's progress (the page refreshes itself until it ends), then its outcome."""
    job = _state(request).loads.get(request.path_params["job"], user.name)
    if job is None:
        raise HttpError(404, "There is no such load (a load's page is kept for an hour).")
    if job.outcome is None:
        return render(request, "load_running.html", session=session, user=user, job=job)
    return _load_form(request, session, user, 200 if job.outcome["loaded"] else 400,
                      **job.outcome)


def _load(st: State, user: User, tmp: Path, job: LoadJob) -> dict:
    """Load the received upload (a thread of its own: on its own connection to the store file,
    so that the pages are served meanwhile); what the page shows of it."""
    outcome: dict = {"loaded": [], "issues": [], "summary": [], "message": None}
    folder = tmp / "extract"
    checked: list = []
    own = None
    try:
        own = Store(st.store.path) if st.store.path else None
        with nullcontext() if own else st.reports.lock:
            checked = core.load(folder, own or st.store, progress=job.progress)
    except core.InvalidExtract as exc:
        checked = exc.invalid
        n = sum(len(c.errors) for c in exc.invalid)
        outcome["message"] = (f"Nothing was loaded: the extract has {n} error"
                              f"{'s' if n != 1 else ''} (below). Correct them and upload it again.")
    except (ExtractError, StoreError) as exc:  # as `safeguarding load` says it
        # Its text may name the upload's folder: never the server's own paths.
        outcome["message"] = f"Nothing was loaded: {str(exc).replace(str(folder), 'the upload')}"
    except Exception as exc:
        log.error("unexpected failure (%s) loading an upload", type(exc).__name__)
        raise
    finally:
        if own:
            own.close()
        shutil.rmtree(tmp, ignore_errors=True)
    for c in checked:
        outcome["issues"] += [(i.severity, *place(i), i.row, i.problem) for i in c.issues]
        outcome["summary"] += summarise(c.issues)
    if outcome["message"] is None:
        outcome["loaded"] = [{"la_code": c.info.la_code, "extracted_at": c.info.extracted_at,
                              "rows": c.rows, "snapshot": c.snapshot} for c in checked]
        st.reports.reload()  # the new snapshot is shown from now on
    with st.reports.lock:
        _audit_load(st.store, user, checked, bool(outcome["loaded"]))
    return outcome


def _audit_load(store: Store, user: User, checked: list, loaded: bool) -> None:
    """One audit row per extract of the upload (one, with no council, for an unreadable one)."""
    for c in checked or [None]:
        accounts.audit(store.con, user, "load extract" if loaded else "load extract (refused)",
                       c.info.la_code if c else "", "", str(c.info.extracted_at) if c else "",
                       0, c.rows if c else 0)


# --- the benchmark explorer (public data: no sign-in) ------------------------------------------

async def _signed_in(request: Request) -> tuple[Session | None, User | None]:
    """The session and its user where there is one (a public page shows who is signed in)."""
    session = _session(request)
    if session is None or session.user is None:
        return session, None
    return session, await _db(request, accounts.get_user, _state(request).store.con, session.user)


@contained
async def explorer_page(request: Request) -> Response:
    session, user = await _signed_in(request)
    la = request.query_params.get("la") or None
    measure = request.query_params.get("measure") or None
    chosen = explorer.council(la) if la else None
    if (la and chosen is None) or (measure and measure not in benchmarks.BY_CODE):
        return error_page(request, 404, "There is no such council or measure.", session, user)
    today = dt.date.today()
    latest = trend = neighbours = None
    if chosen and measure:
        trend, neighbours = await run_in_threadpool(explorer.over_years, chosen.la_code, measure, today)
    elif chosen:
        latest = await run_in_threadpool(explorer.latest, chosen.la_code, today)
    return render(request, "explorer.html", session=session, user=user, councils=explorer.councils(),
                  chosen=chosen, measure=measure and benchmarks.BY_CODE[measure], latest=latest,
                  trend=trend, neighbours=neighbours, attribution=benchmarks.ATTRIBUTION)
