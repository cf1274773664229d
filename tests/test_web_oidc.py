"""Sign-in through the council's identity provider (OpenID Connect), against a small provider
written here: discovery, JWKS, authorize and token endpoints, ID tokens signed with an RSA key
made for the test. Every way a sign-in can be wrong must leave the browser signed out."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import logging
import re
import time
from urllib.parse import parse_qs, quote_plus, urlencode, urlsplit

import pytest

pytest.importorskip("joserfc")
import httpx  # noqa: E402
from joserfc import jwt  # noqa: E402
from joserfc.jwk import KeySet, RSAKey  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from safeguarding.cli import cli  # noqa: E402
from safeguarding.web import accounts  # noqa: E402
from safeguarding.web.oidc import ConfigError, OidcConfig, Provider, load_config  # noqa: E402
from safeguarding.web.server import create_app  # noqa: E402
from web_helpers import PASSWORD, build_store, csrf, sign_in  # noqa: E402

ISSUER = "https://idp.test/tenant/v2.0"
CLIENT, SECRET = "safeguarding-client", "the client secret"
REDIRECT = "http://testserver/login/oidc/callback"
LOGOUT = "https://idp.test/tenant/logout"


class FakeProvider:
    """The identity provider: it signs in whoever `authorize` is told, and its token endpoint
    checks the client secret, the redirect URI and the PKCE verifier as Entra ID does."""

    def __init__(self):
        self.key = RSAKey.generate_key(2048, parameters={"kid": "k1", "use": "sig"}, private=True)
        self.codes: dict[str, dict] = {}
        self.requests: list[str] = []
        self.end_session = True  # whether discovery names an end_session_endpoint

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url.path)
        path = request.url.path
        if path == "/tenant/v2.0/.well-known/openid-configuration":
            return httpx.Response(200, json={
                "issuer": ISSUER, "authorization_endpoint": "https://idp.test/tenant/authorize",
                "token_endpoint": "https://idp.test/tenant/token",
                "jwks_uri": "https://idp.test/tenant/keys",
                "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
                "id_token_signing_alg_values_supported": ["RS256"],
                **({"end_session_endpoint": LOGOUT} if self.end_session else {})})
        if path == "/tenant/keys":
            return httpx.Response(200, json=KeySet([self.key]).as_dict(private=False))
        if path == "/tenant/token" and request.method == "POST":
            form = {k: v[0] for k, v in parse_qs(request.content.decode()).items()}
            pair = f"{quote_plus(CLIENT)}:{quote_plus(SECRET)}"  # RFC 6749 2.3.1
            basic = "Basic " + base64.b64encode(pair.encode()).decode()
            grant = self.codes.pop(form.get("code", ""), None)
            if (grant is None or request.headers.get("authorization") != basic
                    or form.get("redirect_uri") != REDIRECT
                    or form.get("grant_type") != "authorization_code"
                    or _s256(form.get("code_verifier", "")) != grant["challenge"]):
                return httpx.Response(400, json={"error": "invalid_grant"})
            return httpx.Response(200, json={"id_token": grant["token"], "token_type": "Bearer",
                                             "access_token": "not used"})
        return httpx.Response(404)

    def authorize(self, url: str, name: str, key: RSAKey | None = None, **claims) -> str:
        """The browser at the provider's sign-in page: the callback it is sent back to, with an
        ID token for `name` (claims overridden as given, signed by `key`) behind the code."""
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        assert query["client_id"] == CLIENT and query["redirect_uri"] == REDIRECT
        assert query["response_type"] == "code" and query["code_challenge_method"] == "S256"
        assert "openid" in query["scope"].split()
        now = int(time.time())
        body = {"iss": ISSUER, "aud": CLIENT, "sub": "opaque-subject", "iat": now,
                "exp": now + 3600, "nonce": query["nonce"], "preferred_username": name, **claims}
        signer = key or self.key
        token = jwt.encode({"alg": "RS256", "kid": signer.kid}, body, signer)
        code = f"code-{len(self.codes)}-{now}"
        self.codes[code] = {"token": token, "challenge": query["code_challenge"]}
        return "/login/oidc/callback?" + urlencode({"code": code, "state": query["state"]})


def _s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("oidc"))
    con = store.con
    accounts.add_user(con, "ann@council.gov.uk", None, "manager", teams=None, councils=["884"])
    accounts.add_user(con, "gone@council.gov.uk", None, "reader", teams=[], councils=["884"])
    accounts.disable_user(con, "gone@council.gov.uk")
    yield store
    store.close()


@pytest.fixture
def idp():
    return FakeProvider()


@pytest.fixture
def web(store, idp):
    config = OidcConfig(ISSUER, CLIENT, SECRET, REDIRECT)
    return create_app(store, secure_cookies=False,
                      oidc=Provider(config, transport=httpx.MockTransport(idp.handler)))


def start(c: TestClient, next: str = "/") -> str:
    """Follow "Sign in with your organisation": the provider's URL the browser is sent to."""
    r = c.get("/login/oidc", params={"next": next}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("https://idp.test/tenant/authorize?")
    return r.headers["location"]


def signed_out(c: TestClient) -> bool:
    r = c.get("/c/884/", follow_redirects=False)
    return r.status_code == 303 and r.headers["location"].startswith("/login")


def test_a_good_sign_in_gives_a_new_session_with_the_account_role(web, idp):
    c = TestClient(web)
    page = c.get("/login")
    assert 'href="/login/oidc?next=/"' in page.text and "Sign in with your organisation" in page.text
    before = c.cookies.get("session")
    url = start(c, "/c/884/?month=2014-07")
    assert SECRET not in url and "code_challenge=" in url
    callback = idp.authorize(url, "Ann@Council.gov.uk")  # the provider's case: the same account
    done = c.get(callback)
    assert done.status_code == 200
    assert 'content="0; url=/c/884/?month=2014-07"' in done.text
    after = c.cookies.get("session")
    assert after and after != before  # a new session id at sign-in
    dash = c.get("/c/884/?month=2014-07")
    assert dash.status_code == 200 and "Signed in as ann@council.gov.uk (manager)" in dash.text
    # The flow was used: the same answer again (a replay) signs no browser in.
    other = TestClient(web)
    assert other.get(callback).status_code == 401 and signed_out(other)
    assert c.get(callback).status_code == 401


def signed_in_through(c: TestClient, idp: FakeProvider, name: str = "ann@council.gov.uk") -> str:
    """Sign `c` in through the provider: the ID token the provider issued."""
    callback = idp.authorize(start(c), name)
    token = idp.codes[parse_qs(urlsplit(callback).query)["code"][0]]["token"]
    assert c.get(callback).status_code == 200
    return token


def sign_out(c: TestClient):
    page = c.get("/c/884/")
    return c.post("/logout", data={"csrf": csrf(page.text)}, follow_redirects=False)


def test_signing_out_signs_out_at_the_provider_too(web, idp):
    c = TestClient(web)
    token = signed_in_through(c, idp)
    out = sign_out(c)
    assert signed_out(c)  # ended here first
    assert out.status_code == 200 and "Signed out" in out.text
    found = re.search(r'content="0; url=([^"]+)"', out.text)
    assert found, "no refresh to the provider's sign-out"
    url = html.unescape(found.group(1))
    assert url.startswith(LOGOUT + "?")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query == {"id_token_hint": token, "client_id": CLIENT}
    assert f'href="{found.group(1)}"' in out.text  # and a link, should the refresh not run


def test_signing_out_names_the_post_logout_uri_when_configured(store, idp):
    back = "http://testserver/login"
    config = OidcConfig(ISSUER, CLIENT, SECRET, REDIRECT, post_logout_redirect_uri=back)
    web = create_app(store, secure_cookies=False,
                     oidc=Provider(config, transport=httpx.MockTransport(idp.handler)))
    c = TestClient(web)
    signed_in_through(c, idp)
    url = html.unescape(re.search(r'url=([^"]+)"', sign_out(c).text).group(1))
    assert parse_qs(urlsplit(url).query)["post_logout_redirect_uri"] == [back]


def test_signing_out_stays_here_without_a_provider_end_session_or_a_password_account(web, idp):
    idp.end_session = False
    c = TestClient(web)
    signed_in_through(c, idp)
    out = sign_out(c)
    assert out.status_code == 303 and out.headers["location"] == "/login" and signed_out(c)
    idp.end_session = True
    password = TestClient(web)
    sign_in(password, "reader")
    out = sign_out(password)
    assert out.status_code == 303 and out.headers["location"] == "/login"


def test_the_sign_in_page_has_no_organisation_button_unless_configured(store):
    page = TestClient(create_app(store, secure_cookies=False)).get("/login")
    assert "Sign in with your organisation" not in page.text
    assert TestClient(create_app(store, secure_cookies=False)).get(
        "/login/oidc/callback?code=x&state=y").status_code == 404


def refused(c: TestClient, response, status: int, caplog, reason: str) -> None:
    assert response.status_code == status, response.text
    assert "Not signed in" in response.text and signed_out(c)
    assert any(reason in r.getMessage() for r in caplog.records), [r.getMessage() for r in caplog.records]


def test_a_wrong_state_is_refused(web, idp, caplog):
    c = TestClient(web)
    callback = idp.authorize(start(c), "ann@council.gov.uk")
    forged = callback.replace("state=", "state=x")
    with caplog.at_level(logging.WARNING, "safeguarding.web"):
        refused(c, c.get(forged), 401, caplog, "the state does not match")
    # The flow is spent: the right state after a wrong one does not sign in either.
    assert c.get(callback).status_code == 401 and signed_out(c)


def test_a_callback_without_the_browser_s_flow_is_refused(web, idp, caplog):
    c = TestClient(web)
    callback = idp.authorize(start(c), "ann@council.gov.uk")
    victim = TestClient(web)  # login CSRF: someone else's code and state sent to this browser
    with caplog.at_level(logging.WARNING, "safeguarding.web"):
        refused(victim, victim.get(callback), 401, caplog, "no sign-in in progress")


@pytest.mark.parametrize("claims, reason", [
    ({"nonce": "another nonce"}, "'nonce'"),
    ({"exp": int(time.time()) - 3600}, "expired"),
    ({"aud": "another-client"}, "'aud'"),
    ({"iss": "https://idp.test/other/v2.0"}, "'iss'"),
])
def test_a_token_with_a_wrong_claim_is_refused(web, idp, caplog, claims, reason):
    c = TestClient(web)
    callback = idp.authorize(start(c), "ann@council.gov.uk", **claims)
    with caplog.at_level(logging.WARNING, "safeguarding.web"):
        refused(c, c.get(callback), 401, caplog, reason)


@pytest.mark.parametrize("kid", ["k1", "unknown"])
def test_a_token_signed_by_another_key_is_refused(web, idp, caplog, kid):
    forger = RSAKey.generate_key(2048, parameters={"kid": kid}, private=True)
    c = TestClient(web)
    callback = idp.authorize(start(c), "ann@council.gov.uk", key=forger)
    with caplog.at_level(logging.WARNING, "safeguarding.web"):
        refused(c, c.get(callback), 401, caplog, "signature is not the provider's")


def test_a_provider_error_is_refused(web, idp, caplog):
    c = TestClient(web)
    state = parse_qs(urlsplit(start(c)).query)["state"][0]
    with caplog.at_level(logging.WARNING, "safeguarding.web"):
        refused(c, c.get("/login/oidc/callback", params={"error": "access_denied", "state": state}),
                401, caplog, "refused the sign-in (access_denied)")


@pytest.mark.parametrize("name, why", [
    ("nobody@council.gov.uk", "no account"),
    ("gone@council.gov.uk", "disabled"),
    ("admin", "signs in with a password"),  # a local account is never taken over by the provider
])
def test_an_identity_without_an_enabled_oidc_account_is_refused(web, idp, caplog, name, why):
    c = TestClient(web)
    callback = idp.authorize(start(c), name)
    with caplog.at_level(logging.WARNING, "safeguarding.web"):
        response = c.get(callback)
    refused(c, response, 403, caplog, why)
    assert "no account here, or it is disabled" in response.text
    [line] = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert line == f"OIDC sign-in refused for {name!r}: " + line.split(": ", 1)[1]


def test_an_oidc_account_has_no_password(store):
    assert accounts.authenticate(store.con, "ann@council.gov.uk", "!oidc") is None
    c = TestClient(create_app(store, secure_cookies=False))
    assert sign_in(c, "ann@council.gov.uk", "!oidc").status_code == 401
    assert sign_in(c, "reader", PASSWORD).status_code == 303  # passwords still work


def test_a_provider_that_cannot_be_reached_is_a_clear_page(store, caplog):
    def down(request):
        raise httpx.ConnectError("refused")
    web = create_app(store, secure_cookies=False, oidc=Provider(
        OidcConfig(ISSUER, CLIENT, SECRET, REDIRECT), transport=httpx.MockTransport(down)))
    with caplog.at_level(logging.WARNING, "safeguarding.web"):
        r = TestClient(web).get("/login/oidc", follow_redirects=False)
    assert r.status_code == 503 and "not available just now" in r.text
    assert any("could not be reached (ConnectError)" in m.getMessage() for m in caplog.records)


def test_the_next_page_stays_on_the_site(web, idp):
    c = TestClient(web)
    done = c.get(idp.authorize(start(c, "//evil.test/"), "ann@council.gov.uk"))
    assert 'content="0; url=/"' in done.text


# --- the configuration and the commands ---------------------------------------------------------

def test_the_config_takes_the_secret_from_the_environment_or_a_file(tmp_path):
    toml = tmp_path / "oidc.toml"
    toml.write_text(f'issuer = "{ISSUER}"\nclient_id = "{CLIENT}"\nclient_secret_env = "S"\n'
                    f'redirect_uri = "https://safeguarding.council.gov.uk/login/oidc/callback"\n'
                    'username_claim = "email"\n')
    config = load_config(toml, {"S": SECRET})
    assert (config.issuer, config.client_secret, config.username_claim) == (ISSUER, SECRET, "email")
    assert SECRET not in repr(config)
    (tmp_path / "secret.txt").write_text(SECRET + "\n")
    toml.write_text(toml.read_text().replace('client_secret_env = "S"',
                                             'client_secret_file = "secret.txt"'))
    assert load_config(toml, {}).client_secret == SECRET


def test_a_bad_config_lists_every_problem(tmp_path):
    toml = tmp_path / "oidc.toml"
    toml.write_text('issuer = "http://idp.example/"\nclient_secret = "in the file"\n'
                    'redirect_uri = "https://x.test/cb"\nscopes = "profile"\n'
                    'post_logout_redirect_uri = "http://x.test/"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(toml, {})
    message = str(caught.value)
    for problem in ("client_secret must not be in the file", "client_id is missing",
                    "issuer must be an https:// URL", "give one of client_secret_env",
                    "scopes must include openid", "post_logout_redirect_uri must be an https://"):
        assert problem in message
    assert "in the file" not in message.replace("must not be in the file", "")


def test_users_add_oidc_and_serve_checks_the_config(store, tmp_path):
    runner = CliRunner()
    db = tmp_path / "store.duckdb"
    built = build_store(tmp_path)
    built.close()
    added = runner.invoke(cli, ["users", "add", str(db), "bea@council.gov.uk", "--role", "reader",
                                "--council", "884", "--oidc"])
    assert added.exit_code == 0 and "identity provider" in added.output
    listed = runner.invoke(cli, ["users", "list", str(db)])
    assert "organisation" in listed.output and "password" in listed.output
    both = runner.invoke(cli, ["users", "add", str(db), "cy", "--role", "reader", "--council",
                               "884", "--oidc", "--password-stdin"], input="x\n")
    assert both.exit_code == 2 and "no password" in both.output
    toml = tmp_path / "oidc.toml"
    toml.write_text(f'issuer = "{ISSUER}"\nclient_id = "{CLIENT}"\nclient_secret = "{SECRET}"\n'
                    f'redirect_uri = "{REDIRECT}"\n')
    served = runner.invoke(cli, ["serve", str(db), "--oidc-config", str(toml)])
    assert served.exit_code == 2 and "client_secret must not be in the file" in served.output
    assert SECRET not in served.output


def test_an_unsigned_token_is_refused(web, idp, caplog, monkeypatch):
    """alg "none" (no signature at all) is never accepted, whatever the claims."""
    def unsigned(header, body, key):
        part = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()  # noqa: E731
        return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(body)}."
    monkeypatch.setattr(jwt, "encode", unsigned)
    c = TestClient(web)
    callback = idp.authorize(start(c), "ann@council.gov.uk")
    with caplog.at_level(logging.WARNING, "safeguarding.web"):
        refused(c, c.get(callback), 401, caplog, "signature is not the provider's")


def test_an_oidc_account_disabled_while_signed_in_is_signed_out(web, idp, store):
    accounts.add_user(store.con, "cy@council.gov.uk", None, "reader", teams=[], councils=["884"])
    c = TestClient(web)
    assert c.get(idp.authorize(start(c), "cy@council.gov.uk")).status_code == 200
    assert c.get("/c/884/").status_code == 200
    accounts.disable_user(store.con, "cy@council.gov.uk")
    assert signed_out(c)


def test_a_discovery_document_of_another_issuer_is_refused(store, idp, caplog):
    web = create_app(store, secure_cookies=False, oidc=Provider(
        OidcConfig(ISSUER + "/", CLIENT, SECRET, REDIRECT),  # the token's iss would not match
        transport=httpx.MockTransport(idp.handler)))
    with caplog.at_level(logging.WARNING, "safeguarding.web"):
        r = TestClient(web).get("/login/oidc", follow_redirects=False)
    assert r.status_code == 503
    assert any("names another issuer" in m.getMessage() for m in caplog.records)
