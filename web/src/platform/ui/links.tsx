import { Anchor, type AnchorProps, Button, type ButtonProps, type ElementProps } from '@mantine/core';
import { createLink, type LinkComponent } from '@tanstack/react-router';
import type { Ref } from 'react';

// Mantine's polymorphic `component={Link}` loses the router's types (params, search); these keep them.

type AnchorBaseProps = AnchorProps & ElementProps<'a', keyof AnchorProps> & { ref?: Ref<HTMLAnchorElement> };
const AnchorBase = ({ ref, ...props }: AnchorBaseProps) => <Anchor ref={ref} {...props} />;
const CreatedAnchorLink = createLink(AnchorBase);
/** A text link to a route, with typed params and search. */
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => <CreatedAnchorLink {...props} />;

type ButtonBaseProps = ButtonProps & ElementProps<'a', keyof ButtonProps> & { ref?: Ref<HTMLAnchorElement> };
const ButtonBase = ({ ref, ...props }: ButtonBaseProps) => <Button component="a" ref={ref} {...props} />;
const CreatedButtonLink = createLink(ButtonBase);
/** A button-styled link to a route, with typed params and search. */
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => <CreatedButtonLink {...props} />;
