// A real OpenID Connect provider (the npm `oidc-provider` package) for the single sign-on tests.
// Usage: node oidc_provider.mjs <config.json>. The config gives the port, the client and the users,
// each with the claims to release ("email_verified" may be true, "false", "0" or left out).
// Prints "READY <issuer>" on stdout once it listens. Login is interaction-free: the user to sign in
// is named by the `login_hint` on the authorisation request, or the config's `default_user`.
// Tests replace the users with POST /__test__/users (loopback only; this file is never deployed).
import fs from "node:fs";
import Provider from "oidc-provider";

const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const issuer = `http://127.0.0.1:${config.port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: config.client_id,
      client_secret: config.client_secret,
      redirect_uris: config.redirect_uris,
      post_logout_redirect_uris: config.post_logout_redirect_uris,
      token_endpoint_auth_method: "client_secret_post",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "given_name", "family_name"] },
  features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
  pkce: { required: () => false },
  cookies: { keys: ["postwise-test-only"] },
  async findAccount(ctx, sub) {
    const user = config.users[sub];
    if (!user) return undefined;
    return { accountId: sub, async claims() { return { sub, ...user }; } };
  },
  async loadExistingGrant(ctx) {
    // Every test client is first-party: consent is implied for what it asks.
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
});
provider.proxy = false;

// Test control: POST /__test__/users {"users": {...}, "default_user": "..."} replaces the users.
provider.use(async (ctx, next) => {
  if (ctx.path !== "/__test__/users" || ctx.method !== "POST") return next();
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  config.users = body.users;
  config.default_user = body.default_user;
  ctx.status = 204;
  return undefined;
});

// Interaction: sign in the user named by login_hint (or the default) with no form.
provider.use(async (ctx, next) => {
  const match = ctx.path.match(/^\/interaction\/([^/]+)$/);
  if (!match) return next();
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  const hint = details.params.login_hint || config.default_user;
  if (!config.users[hint]) {
    ctx.status = 400;
    ctx.body = `no such test user: ${hint}`;
    return undefined;
  }
  return provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: hint } }, { mergeWithLastSubmission: false });
});

provider.listen(config.port, "127.0.0.1", () => {
  process.stdout.write(`READY ${issuer}\n`);
});
