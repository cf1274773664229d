"""Sign-in with the council's identity provider: OpenID Connect, authorization code flow with PKCE
(as Microsoft Entra ID does it; docs/web.md).

The provider is found through its discovery document; the ID token's RS256 signature is checked
against the provider's JWKS, and its iss, aud, exp and nonce claims against this client (joserfc).
Nothing here decides who may sign in: the server looks the named user up among the store's
accounts made with `--oidc`. Errors say what failed, never a token, code or claim value.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote_plus, urlencode, urlsplit

import httpx

FLOW_LIFETIME = 10 * 60  # seconds from "Sign in with your organisation" to the callback
MAX_FLOWS = 10_000  # flows begun and not finished, beyond which the oldest are forgotten
LEEWAY = 60  # seconds of clock difference allowed on exp / iat
TIMEOUT = 10.0  # seconds for each request to the provider
KEYS = {"issuer", "client_id", "client_secret_env", "client_secret_file", "redirect_uri",
        "username_claim", "scopes", "post_logout_redirect_uri"}


class OidcError(Exception):
    """A sign-in through the provider that failed; the message names the check, no values."""


class ConfigError(Exception):
    """An oidc.toml that cannot be used (the message lists every problem)."""


@dataclass(frozen=True)
class OidcConfig:
    issuer: str
    client_id: str
    client_secret: str = field(repr=False)  # never printed
    redirect_uri: str
    username_claim: str = "preferred_username"
    scopes: str = "openid profile email"
    post_logout_redirect_uri: str | None = None  # where the provider sends the browser after
    # signing out (it must be registered with the provider); None: the provider's own page


def _https_or_loopback(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in
                                       ("localhost", "127.0.0.1", "::1"))


def load_config(path: Path, environ: dict[str, str] | None = None) -> OidcConfig:
    """The provider settings of an oidc.toml; the client secret from the environment variable
    (`client_secret_env`) or file (`client_secret_file`) it names, never from the toml itself."""
    env = os.environ if environ is None else environ
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read it ({type(exc).__name__})") from None
    problems = []
    if "client_secret" in raw:
        problems.append("client_secret must not be in the file: give client_secret_env (an "
                        "environment variable's name) or client_secret_file (a file's path)")
    problems += [f"unknown key {k!r}" for k in sorted(set(raw) - KEYS - {"client_secret"})]
    for key in ("issuer", "client_id", "redirect_uri"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            problems.append(f"{key} is missing")
    if "post_logout_redirect_uri" in raw and not isinstance(raw["post_logout_redirect_uri"], str):
        problems.append("post_logout_redirect_uri must be a URL")
    for key in ("issuer", "redirect_uri", "post_logout_redirect_uri"):
        if isinstance(raw.get(key), str) and raw[key] and not _https_or_loopback(raw[key]):
            problems.append(f"{key} must be an https:// URL (http:// only on a loopback address)")
    secret = None
    if ("client_secret_env" in raw) == ("client_secret_file" in raw):
        problems.append("give one of client_secret_env or client_secret_file")
    elif "client_secret_env" in raw:
        secret = env.get(str(raw["client_secret_env"]))
        if not secret:
            problems.append(f"the environment variable {raw['client_secret_env']} "
                            "(client_secret_env) is not set")
    else:
        secret_path = Path(str(raw["client_secret_file"]))
        if not secret_path.is_absolute():
            secret_path = path.parent / secret_path
        try:
            secret = secret_path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError):
            problems.append(f"cannot read client_secret_file {secret_path}")
        if secret == "":
            problems.append(f"client_secret_file {secret_path} is empty")
    for key in ("username_claim", "scopes"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            problems.append(f"{key} must be a non-empty string")
    if isinstance(raw.get("scopes"), str) and "openid" not in raw["scopes"].split():
        problems.append("scopes must include openid")
    if problems:
        raise ConfigError(f"{path}: " + "; ".join(problems))
    optional = {k: raw[k] for k in ("username_claim", "scopes", "post_logout_redirect_uri")
                if k in raw}
    return OidcConfig(raw["issuer"], raw["client_id"], secret or "",
                      raw["redirect_uri"], **optional)


@dataclass(frozen=True)
class Flow:
    """A sign-in begun here: what the callback must match, and where to go after it."""
    state: str
    nonce: str
    verifier: str  # PKCE: the provider is sent only its SHA-256
    next: str
    started: float


def _challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


@dataclass
class Provider:
    """The identity provider as this server sees it: discovery and keys (fetched when first
    needed, the keys again once for a key id not seen), and the sign-ins in progress."""
    config: OidcConfig
    transport: httpx.AsyncBaseTransport | None = None  # tests: the in-process provider
    clock: Callable[[], float] = time.time
    _meta: dict[str, Any] | None = None
    _jwks: dict[str, Any] | None = None
    _flows: dict[str, Flow] = field(default_factory=dict)

    def _client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=self.transport, timeout=TIMEOUT, follow_redirects=False)

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            async with self._client() as client:
                response = await client.get(url)
        except httpx.HTTPError as exc:
            raise OidcError(f"the identity provider could not be reached ({type(exc).__name__})") from None
        if response.status_code != 200:
            raise OidcError(f"the identity provider answered {response.status_code}")
        try:
            data = response.json()
        except ValueError:
            raise OidcError("the identity provider's answer is not JSON") from None
        if not isinstance(data, dict):
            raise OidcError("the identity provider's answer is not a JSON object")
        return data

    async def metadata(self) -> dict[str, Any]:
        if self._meta is None:
            # The issuer exactly as configured (some end in "/"): the ID token's iss is it.
            meta = await self._get_json(self.config.issuer.rstrip("/")
                                        + "/.well-known/openid-configuration")
            if meta.get("issuer") != self.config.issuer:
                raise OidcError("the discovery document names another issuer")
            for key in ("authorization_endpoint", "token_endpoint", "jwks_uri"):
                if not isinstance(meta.get(key), str) or not _https_or_loopback(meta[key]):
                    raise OidcError(f"the discovery document has no usable {key}")
            self._meta = meta
        return self._meta

    # --- starting a sign-in ----------------------------------------------------------------------

    def begin(self, next_path: str) -> tuple[str, Flow]:
        """A new flow: its id (for the browser's flow cookie) and what the callback must match."""
        now = self.clock()
        for fid in [f for f, flow in self._flows.items() if now - flow.started > FLOW_LIFETIME]:
            del self._flows[fid]
        for fid in sorted(self._flows, key=lambda f: self._flows[f].started)[
                :max(0, len(self._flows) - MAX_FLOWS + 1)]:
            del self._flows[fid]
        flow = Flow(secrets.token_urlsafe(32), secrets.token_urlsafe(32),
                    secrets.token_urlsafe(64), next_path, now)
        flow_id = secrets.token_urlsafe(32)
        self._flows[flow_id] = flow
        return flow_id, flow

    async def authorization_url(self, flow: Flow) -> str:
        meta = await self.metadata()
        query = urlencode({"response_type": "code", "client_id": self.config.client_id,
                           "redirect_uri": self.config.redirect_uri, "scope": self.config.scopes,
                           "state": flow.state, "nonce": flow.nonce,
                           "code_challenge": _challenge(flow.verifier),
                           "code_challenge_method": "S256"})
        endpoint = meta["authorization_endpoint"]
        return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"

    # --- the callback --------------------------------------------------------------------------

    def take(self, flow_id: str | None, state: str | None) -> Flow:
        """The flow this callback finishes (each is used once), if its state matches."""
        flow = self._flows.pop(flow_id, None) if flow_id else None
        if flow is None or self.clock() - flow.started > FLOW_LIFETIME:
            raise OidcError("no sign-in in progress in this browser (or it took too long)")
        if state is None or not hmac.compare_digest(flow.state.encode(), state.encode()):
            raise OidcError("the state does not match the sign-in begun")
        return flow

    async def finish(self, flow: Flow, code: str) -> tuple[dict[str, Any], str]:
        """Exchange the code for tokens: the ID token's checked claims, and the token itself
        (kept with the session for signing out at the provider)."""
        meta = await self.metadata()
        form = {"grant_type": "authorization_code", "code": code,
                "redirect_uri": self.config.redirect_uri, "code_verifier": flow.verifier,
                "client_id": self.config.client_id}
        methods = meta.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]
        headers = {}
        if "client_secret_basic" in methods:  # RFC 6749's default, and Entra ID's
            # RFC 6749 2.3.1: each part form-encoded, then base64.
            pair = f"{quote_plus(self.config.client_id)}:{quote_plus(self.config.client_secret)}"
            headers["authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        else:
            form["client_secret"] = self.config.client_secret
        try:
            async with self._client() as client:
                response = await client.post(meta["token_endpoint"], data=form, headers=headers)
        except httpx.HTTPError as exc:
            raise OidcError(f"the identity provider could not be reached ({type(exc).__name__})") from None
        if response.status_code != 200:
            raise OidcError(f"the token endpoint answered {response.status_code}")
        try:
            id_token = response.json().get("id_token")
        except (ValueError, AttributeError):
            raise OidcError("the token endpoint's answer is not a JSON object") from None
        if not isinstance(id_token, str):
            raise OidcError("the token endpoint sent no ID token")
        return await self.verify(id_token, flow.nonce), id_token

    async def _keys(self, refresh: bool = False):
        from joserfc.jwk import KeySet

        if self._jwks is None or refresh:
            self._jwks = await self._get_json((await self.metadata())["jwks_uri"])
        try:
            return KeySet.import_key_set(self._jwks)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - whatever is wrong with the provider's keys
            raise OidcError("the identity provider's keys (JWKS) cannot be read") from None

    async def verify(self, id_token: str, nonce: str) -> dict[str, Any]:
        """The claims of an ID token signed (RS256) by one of the provider's keys, issued by it
        for this client, not expired, and carrying this flow's nonce."""
        from joserfc import jwt
        from joserfc.errors import InvalidKeyIdError, JoseError

        try:
            try:
                token = jwt.decode(id_token, await self._keys(), algorithms=["RS256"])
            except InvalidKeyIdError:  # the provider may have rotated its keys
                token = jwt.decode(id_token, await self._keys(refresh=True), algorithms=["RS256"])
        except JoseError as exc:
            raise OidcError(f"the ID token's signature is not the provider's ({type(exc).__name__})") from None
        except ValueError:
            raise OidcError("the ID token is malformed") from None
        claims = token.claims
        registry = jwt.JWTClaimsRegistry(
            now=lambda: int(self.clock()), leeway=LEEWAY,
            iss={"essential": True, "value": self.config.issuer},
            aud={"essential": True, "value": self.config.client_id},
            exp={"essential": True}, sub={"essential": True},
            nonce={"essential": True, "value": nonce})
        try:
            registry.validate(claims)
        except JoseError as exc:
            raise OidcError(f"the ID token's claims fail the checks ({exc.description})") from None
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.config.client_id:
            raise OidcError("the ID token is for several clients and not authorised for this one")
        return claims

    async def logout_url(self, id_token: str) -> str | None:
        """Where the browser signs out at the provider too (OpenID Connect RP-Initiated Logout:
        its end_session_endpoint, with the session's ID token as the hint), or None if the
        provider has none."""
        endpoint = (await self.metadata()).get("end_session_endpoint")
        if not isinstance(endpoint, str) or not _https_or_loopback(endpoint):
            return None
        query = {"id_token_hint": id_token, "client_id": self.config.client_id}
        if self.config.post_logout_redirect_uri:
            query["post_logout_redirect_uri"] = self.config.post_logout_redirect_uri
        return f"{endpoint}{'&' if '?' in endpoint else '?'}{urlencode(query)}"

    def username(self, claims: dict[str, Any]) -> str:
        name = claims.get(self.config.username_claim)
        if not isinstance(name, str) or not name:
            raise OidcError(f"the ID token has no {self.config.username_claim} claim")
        return name
